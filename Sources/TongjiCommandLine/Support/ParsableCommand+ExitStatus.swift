import ArgumentParser
import TongjiExtract

extension ParsableCommand {
    /// Runs the command line with Tongji's exit statuses, exiting with status 2 on a usage error.
    /// Each executable's `@main` command calls it from its `static func main()`.
    ///
    /// argument-parser exits with 64 (`EX_USAGE`) when the arguments do not parse or validate;
    /// Tongji follows the Unix convention of grep and diff instead (0 done, 1 some input failed,
    /// 2 usage error), which scripts and Spark's `checkCode` rely on. Everything else is
    /// argument-parser's own `main()`: help, messages.
    ///
    /// Synchronous, as every Tongji command is: with an async entry point (the whole command run
    /// in a task on dispatch's main queue) valgrind's callgrind, which BENCHMARKS.md uses to count
    /// the extractor's instructions, crashed at exit.
    public static func mainWithUsageStatusTwo() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                var message = fullMessage(for: error)
                if !message.hasSuffix("\n") { message += "\n" }
                FileDescriptor.standardError.writeAll(Array(message.utf8))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
