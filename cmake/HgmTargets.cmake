# One rule for listing sources and include directories, used by every CMakeLists.txt.
#
# Sources are found with GLOB_RECURSE CONFIGURE_DEPENDS rather than listed by hand: a
# module is "every .cpp under its folder", so moving files into subfolders (core/data,
# app/panels, render/text, ...) or adding one needs no edit here, and the build notices
# new or removed files at the next build without a manual re-configure.
#
# Headers are always included as "module/file.h" from src/: each module puts
# ${PROJECT_SOURCE_DIR}/src PUBLIC on its library, and nothing else adds include paths
# (third-party ones come with their imported targets).

# hgm_add_module(NAME [EXTRA_SOURCES ...]): a static library of every .cpp under the
# current folder, except a top-level main.cpp (the module's executable, if any).
function(hgm_add_module name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  list(REMOVE_ITEM sources "${CMAKE_CURRENT_SOURCE_DIR}/main.cpp")
  add_library(${name} STATIC ${sources} ${ARGN})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(${name} PRIVATE hgm_warnings)
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# hgm_glob_sources(VAR PATTERN [EXCLUDE_REGEX REGEX]): the files under the current folder
# matching PATTERN (e.g. "*_test.cpp"), found the same way, for test and fuzz executables.
function(hgm_glob_sources var pattern)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "EXCLUDE_REGEX" "")
  file(GLOB_RECURSE found CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${pattern}")
  if(arg_EXCLUDE_REGEX)
    list(FILTER found EXCLUDE REGEX "${arg_EXCLUDE_REGEX}")
  endif()
  list(SORT found)
  set(${var} ${found} PARENT_SCOPE)
endfunction()

# Every test file parses googletest and the standard library's headers, about three of
# its four seconds at -O2; a precompiled header per test program parses them once.
# Through a precompiled header GCC 12 no longer treats the standard library as a system
# header and reports its known false positives on std::string at -O2 (array-bounds,
# stringop-overflow/overread in char_traits.h): those three are off for test programs only.
# Off in the asan preset: there its clean-clone build took 809 s with them against 587 s
# without (the ci preset's went from 494 s to 353 s with them and without debug info).
option(HGM_TEST_PRECOMPILED_HEADERS "Precompile googletest and std headers for test programs" ON)
function(hgm_test_precompiled_headers target)
  if(NOT HGM_TEST_PRECOMPILED_HEADERS)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE <gtest/gtest.h> <filesystem> <map> <optional> <string> <vector>)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow -Wno-stringop-overread)
  endif()
endfunction()
