from viewer.cli import main

if __name__ == "__main__":  # not when a fork server's process imports the program's main module
    raise SystemExit(main())
