# Build options and the one INTERFACE target every Jobdeck target links for its compiler settings.
option(JOBDECK_BUILD_TESTS "Build the Qt Test suite" ON)
option(JOBDECK_BUILD_BENCH "Build the benchmarks (needs Google Benchmark)" OFF)
option(JOBDECK_WERROR "Treat warnings as errors (CI)" OFF)
option(JOBDECK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(jobdeck_settings INTERFACE)
target_compile_features(jobdeck_settings INTERFACE cxx_std_20)
target_compile_definitions(jobdeck_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    JOBDECK_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(jobdeck_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(JOBDECK_WERROR)
        target_compile_options(jobdeck_settings INTERFACE -Werror)
    endif()
    if(JOBDECK_SANITIZE)
        target_compile_options(jobdeck_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(jobdeck_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(jobdeck_settings INTERFACE /W4 /permissive- /Zc:__cplusplus)
    if(JOBDECK_WERROR)
        target_compile_options(jobdeck_settings INTERFACE /WX)
    endif()
endif()
