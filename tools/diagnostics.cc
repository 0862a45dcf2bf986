// Diagnostics are data: the importers never print, they add a Diagnostic (file, line,
// column, message) to a collector, so tests can check what was said and the CLI decides
// how to print it. Tallies count repeated events (dropped aliases by reason) for the
// summary line that a regeneration run ends with.

#include "diagnostics.h"

#include <cstdio>
#include <utility>

namespace gazette::import {

std::ostream& operator<<(std::ostream& os, const Diagnostic& d) {
  if (!d.file.empty()) {
    os << d.file;
    if (d.line > 0) {
      os << ':' << d.line;
      if (d.column > 0) os << ':' << d.column;
    }
    os << ": ";
  }
  os << (d.severity == Severity::kError ? "error: " : "warning: ") << d.message;
  return os;
}

void Diagnostics::Warning(std::string file, std::string message) {
  items_.push_back({Severity::kWarning, std::move(file), 0, 0, std::move(message)});
}

void Diagnostics::Error(std::string file, std::string message, int line, int column) {
  items_.push_back({Severity::kError, std::move(file), line, column, std::move(message)});
  ++errors_;
}

void Diagnostics::Tally(const std::string& what, int n) { tallies_[what] += n; }

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

}  // namespace gazette::import
