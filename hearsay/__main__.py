from hearsay.cli import main

main()
