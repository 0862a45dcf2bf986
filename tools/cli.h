// The gazette-import command line, as a function so tests can run it in-process.
#ifndef GAZETTE_TOOLS_CLI_H_
#define GAZETTE_TOOLS_CLI_H_

#include <ostream>
#include <string>
#include <vector>

namespace gazette::import {

/// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 2;  // usage error, unreadable or invalid input, write failure

/// The --help text.
const char* UsageText();

/// Runs `gazette-import ARGS...` (args without the program name). The TSV goes to `out`
/// unless -o names a file (written through a temporary file and renamed, and only when
/// there was no error); --help goes to `out`; diagnostics and the summary go to `err`.
/// Returns the exit status. Never throws.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_CLI_H_
