# Golden test: runs `gazette-extract --output-format json [ARGS] INPUT`, writes ACTUAL, and compares it with EXPECTED
# byte for byte.
#
#   cmake -DEXTRACT=<gazette-extract> -DINPUT=<name>.txt -DEXPECTED=<name>.expected.json
#         -DACTUAL=<out.json> [-DSOURCE_DIR=<repo>] [-DTEST_DATA_DIR=<tests/data>] [-DUPDATE=ON]
#         -P run_golden.cmake
#
# Extra arguments come from <name>.args beside the input, one a line (blank lines and # comments
# ignored); @SOURCE_DIR@ and @TEST_DATA_DIR@ are replaced. With -DUPDATE=ON the expected file is
# rewritten instead (review the diff before committing it):
#   ctest --test-dir build -L golden            # see what changed
#   cmake -DUPDATE=ON ... -P tests/run_golden.cmake   # the exact command is printed on failure
cmake_minimum_required(VERSION 3.16)
foreach(var EXTRACT INPUT EXPECTED ACTUAL)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_golden.cmake: ${var} is not set")
  endif()
endforeach()

get_filename_component(input_dir ${INPUT} DIRECTORY)
get_filename_component(input_name ${INPUT} NAME_WE)
set(args_file ${input_dir}/${input_name}.args)
set(extra_args)
if(EXISTS ${args_file})
  file(STRINGS ${args_file} lines)
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    string(REPLACE "@SOURCE_DIR@" "${SOURCE_DIR}" line "${line}")
    string(REPLACE "@TEST_DATA_DIR@" "${TEST_DATA_DIR}" line "${line}")
    list(APPEND extra_args "${line}")
  endforeach()
endif()

get_filename_component(actual_dir ${ACTUAL} DIRECTORY)
file(MAKE_DIRECTORY ${actual_dir})
file(REMOVE ${ACTUAL})
# Pretty JSON (--output-format json) so that a changed golden file diffs field by field.
execute_process(COMMAND ${EXTRACT} --output-format json ${extra_args} -o ${ACTUAL} ${INPUT}
                RESULT_VARIABLE rc ERROR_VARIABLE stderr)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gazette-extract exited with ${rc}:\n${stderr}")
endif()

if(UPDATE)
  configure_file(${ACTUAL} ${EXPECTED} COPYONLY)
  message(STATUS "golden: updated ${EXPECTED}")
  return()
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${ACTUAL} ${EXPECTED} RESULT_VARIABLE differ)
if(differ)
  file(READ ${ACTUAL} actual)
  message(FATAL_ERROR "${ACTUAL} differs from ${EXPECTED}; it holds:\n${actual}\n"
                      "diff: diff -u ${EXPECTED} ${ACTUAL}\n"
                      "If the change is intended, regenerate with:\n"
                      "  cmake -DEXTRACT=${EXTRACT} -DINPUT=${INPUT} -DEXPECTED=${EXPECTED} -DACTUAL=${ACTUAL} "
                      "-DSOURCE_DIR=${SOURCE_DIR} -DTEST_DATA_DIR=${TEST_DATA_DIR} -DUPDATE=ON -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
message(STATUS "golden: ${ACTUAL} matches ${EXPECTED}")
