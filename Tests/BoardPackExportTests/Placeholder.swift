import Testing
@testable import BoardPackExport
