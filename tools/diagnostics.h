// Warnings and errors with a place, collected while importing and printed by the CLI.
#ifndef GAZETTE_TOOLS_DIAGNOSTICS_H_
#define GAZETTE_TOOLS_DIAGNOSTICS_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace gazette::import {

enum class Severity { kWarning, kError };

/// One message. `file` may be empty (a message about the merged result); line and
/// column are 1-based and 0 when unknown.
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

/// Writes `file:line:column: warning: message` (parts that are unknown are left out).
std::ostream& operator<<(std::ostream& os, const Diagnostic& d);

/// Collects diagnostics in order, plus named tallies for a closing summary
/// ("aliases dropped: duplicate of another entry" -> 12). Not thread-safe.
class Diagnostics {
 public:
  void Warning(std::string file, std::string message);
  void Error(std::string file, std::string message, int line = 0, int column = 0);
  void Tally(const std::string& what, int n = 1);

  const std::vector<Diagnostic>& items() const { return items_; }
  const std::map<std::string, int>& tallies() const { return tallies_; }
  int error_count() const { return errors_; }
  int warning_count() const { return static_cast<int>(items_.size()) - errors_; }

 private:
  std::vector<Diagnostic> items_;
  std::map<std::string, int> tallies_;
  int errors_ = 0;
};

/// `"text"` with quotes, backslashes and control characters escaped, for messages.
std::string Quote(const std::string& text);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_DIAGNOSTICS_H_
