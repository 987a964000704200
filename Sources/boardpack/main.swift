import BoardPackCLI
BoardPackCommand.main()
