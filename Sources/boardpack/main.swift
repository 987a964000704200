import BoardPackCLI
import Foundation

exit(BoardPackCLI.run(Array(CommandLine.arguments.dropFirst())))
