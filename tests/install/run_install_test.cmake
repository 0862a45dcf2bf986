# Install test: installs the build in BUILD_DIR into a fresh prefix under WORK_DIR, then configures,
# builds and runs the find_package(Gazette) consumer in SOURCE_DIR against that prefix only.
#
#   cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<tests/install/consumer> -DWORK_DIR=<scratch>
#         [-DGENERATOR=Ninja] [-DCXX_COMPILER=c++] [-DBUILD_TYPE=Release] -P run_install_test.cmake
cmake_minimum_required(VERSION 3.16)
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_install_test.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT BUILD_TYPE)
  set(BUILD_TYPE Release)
endif()

set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run_step name)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install test: ${name} failed (${rc})\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

run_step("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --config ${BUILD_TYPE})

# What a package must hold: the headers, the CMake package files and the data.
foreach(f include/gazette/gazette.h include/gazette/extractor.h)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "install test: ${prefix}/${f} was not installed")
  endif()
endforeach()
file(GLOB_RECURSE config_files ${prefix}/*/GazetteConfig.cmake)
file(GLOB_RECURSE version_files ${prefix}/*/GazetteConfigVersion.cmake)
if(NOT config_files OR NOT version_files)
  message(FATAL_ERROR "install test: GazetteConfig.cmake or GazetteConfigVersion.cmake missing under ${prefix}")
endif()
file(GLOB_RECURSE data_files ${prefix}/share/gazette/gazetteers/*.tsv)
if(NOT data_files)
  message(FATAL_ERROR "install test: no gazetteers installed under ${prefix}/share/gazette/gazetteers")
endif()

set(configure_args -S ${SOURCE_DIR} -B ${consumer_build} -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
                   -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
if(GENERATOR)
  list(APPEND configure_args -G ${GENERATOR})
endif()
if(CXX_COMPILER)
  list(APPEND configure_args -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
endif()
run_step("configure consumer" ${CMAKE_COMMAND} ${configure_args})
run_step("build consumer" ${CMAKE_COMMAND} --build ${consumer_build} --config ${BUILD_TYPE})

find_program(app NAMES app PATHS ${consumer_build} ${consumer_build}/${BUILD_TYPE} NO_DEFAULT_PATH)
if(NOT app)
  message(FATAL_ERROR "install test: the consumer binary was not built in ${consumer_build}")
endif()
# Run from the work dir: the bundled data must not depend on the working directory.
execute_process(COMMAND ${app} WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "install test: consumer exited with ${rc}\n${out}\n${err}")
endif()
if(NOT out MATCHES "GROUP\tAPT31\tgroup:apt31\n")
  message(FATAL_ERROR "install test: expected \"GROUP<TAB>APT31<TAB>group:apt31\" in the output:\n${out}")
endif()
if(NOT out MATCHES "schema 1\\.0 version ")
  message(FATAL_ERROR "install test: expected the schema and version line:\n${out}")
endif()
message(STATUS "install test: consumer output\n${out}")
