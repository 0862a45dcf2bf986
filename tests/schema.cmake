# gazette-extract's JSON output checked against docs/schema/gazette-document.schema.json, on the
# example texts and on generated JSON Lines (tests/validate_schema.py). Included from
# tests/CMakeLists.txt; label golden. Skipped (exit 77) when python3-jsonschema is missing.
if(GAZETTE_BUILD_EXAMPLES)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME golden.json_schema
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/validate_schema.py
        --schema ${PROJECT_SOURCE_DIR}/docs/schema/gazette-document.schema.json
        --extract $<TARGET_FILE:gazette-extract>
        ${PROJECT_SOURCE_DIR}/examples/data/sample-en.txt ${PROJECT_SOURCE_DIR}/examples/data/sample-fr.txt)
    set_tests_properties(golden.json_schema PROPERTIES LABELS golden SKIP_RETURN_CODE 77)
  endif()
endif()
