from podium_cli.cli import main

main()
