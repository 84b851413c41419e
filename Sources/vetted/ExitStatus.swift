import ArgumentParser
import VettedCore

/// The exit status of every command, in one table:
///
/// | status | meaning |
/// |---|---|
/// | 0 | done: built, checked, served or created without errors |
/// | 1 | the content has errors (or the disk refused a write): nothing was changed |
/// | 2 | the command itself is wrong: an unknown option, a missing folder, a bad base URL, a busy port |
/// | 130, 143 | `build` was stopped by SIGINT or SIGTERM; its staging folder was removed (`BuildInterrupts`) |
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    static let usage = ExitCode(2)

    /// Runs a command's work, printing a usage error as one `error:` line and
    /// exiting with `usage`, and any other failure with `contentErrors`.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as UsageError {
            FileHandleOutput.standardError.write("error: \(error.description)\n")
            throw usage
        } catch let error as ExitCode {
            throw error
        } catch {
            FileHandleOutput.standardError.write("error: \(error)\n")
            throw contentErrors
        }
    }
}
