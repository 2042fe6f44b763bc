# Desktop integration and packages. Installs the icon, desktop entry, AppStream metainfo and man pages next to
# the executables (whose install() rules live in src/app and src/cli) and configures CPack: DEB and TGZ on
# Linux, NSIS and ZIP on Windows, DragNDrop on macOS. Included last from the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(JOBDECK_APP_ID io.github.jobdeck.Jobdeck)
set(JOBDECK_HOMEPAGE https://github.com/jobdeck/jobdeck)
set(_jobdeck_pkg ${CMAKE_CURRENT_LIST_DIR})

set(CPACK_PACKAGE_NAME Jobdeck)
set(CPACK_PACKAGE_VENDOR "The Jobdeck developers")
set(CPACK_PACKAGE_CONTACT "The Jobdeck developers <jobdeck@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${JOBDECK_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Jobdeck)
set(CPACK_PACKAGE_EXECUTABLES jobdeck Jobdeck)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.notes/" "\\.user$" "/__pycache__/")

include(${CMAKE_SOURCE_DIR}/resources/icons/Icons.cmake)

if(UNIX AND NOT APPLE)
    install(FILES ${_jobdeck_pkg}/linux/${JOBDECK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_jobdeck_pkg}/linux/${JOBDECK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # Debian policy wants man pages compressed, without a timestamp in the gzip header (-n) so builds repeat.
    find_program(JOBDECK_GZIP gzip)
    foreach(_page jobdeck.1 jobdeck-cli.1)
        if(JOBDECK_GZIP)
            add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${_page}.gz
                COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
                COMMAND ${JOBDECK_GZIP} -9 -n -c ${_jobdeck_pkg}/linux/${_page} > ${CMAKE_BINARY_DIR}/man/${_page}.gz
                DEPENDS ${_jobdeck_pkg}/linux/${_page}
                COMMENT "Compressing the ${_page} man page")
            list(APPEND _jobdeck_man_pages ${CMAKE_BINARY_DIR}/man/${_page}.gz)
        else()
            list(APPEND _jobdeck_man_pages ${_jobdeck_pkg}/linux/${_page})
        endif()
    endforeach()
    add_custom_target(jobdeck_man_pages ALL DEPENDS ${_jobdeck_man_pages})
    install(FILES ${_jobdeck_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # The skill taxonomy holds O*NET data under CC BY 4.0: its attribution travels with the program.
    install(FILES ${CMAKE_SOURCE_DIR}/resources/taxonomy/SOURCE.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/jobdeck RENAME skill-taxonomy-sources.md)

    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_PACKAGE_NAME jobdeck)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${JOBDECK_HOMEPAGE})
    # CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line; this is the long description under it.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Jobdeck runs a job search as a pipeline: every application, each stage it
moved through, the follow-ups that each move calls for, what the search
converts and how well a resume fits each job description. Everything stays
in one SQLite file on the user's machine, or, for a search shared across
devices or with a coach, on a PostgreSQL server with row-level security.
.
This package holds the desktop app (jobdeck) and its command-line twin
(jobdeck-cli).")
    # dpkg-shlibdeps turns the linked Qt libraries into versioned Depends. Qt loads the SQLite driver and the
    # SVG icon engine as plugins, which no linker sees, so those packages are named here.
    set(_jobdeck_plugin_depends "libqt6sql6-sqlite, libqt6svg6")
    find_program(JOBDECK_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(JOBDECK_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_jobdeck_plugin_depends}")
    else()
        set(CPACK_DEBIAN_PACKAGE_DEPENDS
            "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6charts6 (>= 6.4), ${_jobdeck_plugin_depends}")
    endif()
    # The PostgreSQL driver is a plugin too, needed only by those who use a server.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, libqt6sql6-psql")
elseif(WIN32)
    set(JOBDECK_WINDOWS_ICON ${_jobdeck_pkg}/windows/jobdeck.ico)
    configure_file(${_jobdeck_pkg}/windows/jobdeck.rc.in ${CMAKE_BINARY_DIR}/jobdeck.rc @ONLY)
    target_sources(jobdeck PRIVATE ${CMAKE_BINARY_DIR}/jobdeck.rc)

    set(CPACK_GENERATOR NSIS ZIP)
    file(TO_NATIVE_PATH ${JOBDECK_WINDOWS_ICON} _jobdeck_native_icon)
    set(CPACK_NSIS_MUI_ICON ${_jobdeck_native_icon})
    set(CPACK_NSIS_MUI_UNIICON ${_jobdeck_native_icon})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\jobdeck.exe")
    set(CPACK_NSIS_DISPLAY_NAME Jobdeck)
    set(CPACK_NSIS_PACKAGE_NAME Jobdeck)
    set(CPACK_NSIS_URL_INFO_ABOUT ${JOBDECK_HOMEPAGE})
    set(CPACK_NSIS_HELP_LINK ${JOBDECK_HOMEPAGE})
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN jobdeck.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Offers to put bin\ on PATH, so that jobdeck-cli works from any terminal.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_CREATE_DESKTOP_LINKS jobdeck)
elseif(APPLE)
    set(_jobdeck_icns ${_jobdeck_pkg}/macos/jobdeck.icns)
    target_sources(jobdeck PRIVATE ${_jobdeck_icns})
    set_source_files_properties(${_jobdeck_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(jobdeck PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${_jobdeck_pkg}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Jobdeck
        MACOSX_BUNDLE_GUI_IDENTIFIER ${JOBDECK_APP_ID}
        MACOSX_BUNDLE_ICON_FILE jobdeck.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "${CPACK_PACKAGE_VENDOR}")

    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Jobdeck)
    set(CPACK_DMG_FORMAT UDBZ)
endif()

# Windows and macOS packages carry their own Qt: windeployqt or macdeployqt copies it in at install time.
# Linux packages depend on the distribution's Qt instead (Qt 6.4 cannot deploy there).
if(WIN32)
    qt_generate_deploy_app_script(TARGET jobdeck
        FILENAME_VARIABLE _jobdeck_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_jobdeck_deploy_script})
    # windeployqt copies Qt and its plugins but not the other DLLs both executables load (Poppler, QuaZip and
    # theirs, the MinGW runtime): copy whatever resolves next to Qt or the compiler, never the system's own.
    get_filename_component(_jobdeck_compiler_dir ${CMAKE_CXX_COMPILER} DIRECTORY)
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:jobdeck>\" \"$<TARGET_FILE:jobdeck-cli>\"
            DIRECTORIES \"$<TARGET_FILE_DIR:Qt6::Core>\" \"${_jobdeck_compiler_dir}\"
            RESOLVED_DEPENDENCIES_VAR _jobdeck_dlls
            UNRESOLVED_DEPENDENCIES_VAR _jobdeck_unresolved
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]indows[/\\\\\\\\]\")
        if(_jobdeck_dlls)
            file(INSTALL \${_jobdeck_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endif()
        if(_jobdeck_unresolved)
            message(STATUS \"Left to the system: \${_jobdeck_unresolved}\")
        endif()")
elseif(APPLE)
    # The disk image holds only the bundle, so jobdeck-cli travels inside it, and macdeployqt gives it the same
    # frameworks and libraries as the app.
    install(TARGETS jobdeck-cli RUNTIME DESTINATION jobdeck.app/Contents/MacOS)
    set(_jobdeck_deploy_script ${CMAKE_BINARY_DIR}/jobdeck-deploy-macos.cmake)
    file(GENERATE OUTPUT ${_jobdeck_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:jobdeck>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:jobdeck>.app/Contents/MacOS/jobdeck-cli\")
")
    install(SCRIPT ${_jobdeck_deploy_script})
endif()

# The desktop entry, metainfo, man pages and icons are checked with the tests (quick; no package is built).
# packaging/check-deb.sh checks the built .deb itself.
if(JOBDECK_BUILD_TESTS AND UNIX AND NOT APPLE)
    add_test(NAME packaging_metadata COMMAND bash ${_jobdeck_pkg}/check-metadata.sh)
    set_tests_properties(packaging_metadata PROPERTIES SKIP_RETURN_CODE 77 LABELS packaging)
endif()

include(CPack)
