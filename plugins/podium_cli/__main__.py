from podium_cli.entry import main

main()
