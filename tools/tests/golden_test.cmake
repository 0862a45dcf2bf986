# Runs gazette-import with ARGS (a ;-list) writing OUTPUT, and compares OUTPUT with
# EXPECTED byte for byte. Usage: cmake -DTOOL=... -DARGS=... -DOUTPUT=... -DEXPECTED=... -P
foreach(var TOOL ARGS OUTPUT EXPECTED)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "golden_test.cmake: ${var} is not set")
  endif()
endforeach()
file(REMOVE ${OUTPUT})
execute_process(COMMAND ${TOOL} ${ARGS} -o ${OUTPUT}
  RESULT_VARIABLE rc ERROR_VARIABLE stderr)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gazette-import exited with ${rc}:\n${stderr}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${EXPECTED}
  RESULT_VARIABLE differ)
if(differ)
  file(READ ${OUTPUT} actual)
  message(FATAL_ERROR "${OUTPUT} differs from ${EXPECTED}; it holds:\n${actual}\n"
    "If the change is intended: cp ${OUTPUT} ${EXPECTED}")
endif()
message(STATUS "golden: ${OUTPUT} matches ${EXPECTED}")
