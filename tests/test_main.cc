// The one main of gazette_unit_tests; every *_test.cc in this directory links into it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
