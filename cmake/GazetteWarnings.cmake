# The one warning set of every Gazette target (library, CLI and examples, gazette-import, tests,
# bench): gazette_set_warnings(<target>). With GAZETTE_WERROR=ON the warnings are errors; CI builds
# with GAZETTE_WERROR=ON under GCC (.ci/run) and clang (tests/sanitizers.sh).
#
#  -Wall -Wextra -Wpedantic  the usual base.
#  -Wconversion              implicit narrowing (size_t -> uint32_t offsets, int -> char, double ->
#                            int): each intended narrowing is an explicit static_cast in the code.
#  -Wsign-conversion         implicit signed <-> unsigned (int indexes into size_t containers);
#                            GCC's -Wconversion leaves these out for C++.
#  -Wshadow                  a local hiding another local, a member or a parameter.
# The same set holds for GCC 12 and clang 14. MSVC gets /W4.
include_guard(GLOBAL)

function(gazette_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
    if(GAZETTE_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
    if(GAZETTE_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
endfunction()
