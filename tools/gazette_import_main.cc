// gazette-import: converts MISP galaxy clusters and STIX 2.1 bundles into Gazette's TSV
// gazetteers. All the work is in the gazette_import_lib library (cli.cc and the importers)
// so it can be tested in-process; this file only hands over the arguments.

#include <iostream>
#include <string>
#include <vector>

#include "cli.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return gazette::import::RunCli(args, std::cout, std::cerr);
}
