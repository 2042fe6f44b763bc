# The Jobdeck icon (drawn in jobdeck.svg; render-icons.sh makes the bitmaps). It is compiled into jobdeck_gui as
# :/jobdeck/icons/jobdeck.svg and :/jobdeck/icons/png/jobdeck-<size>.png for the window and the tray, and on
# Linux installed into the hicolor theme under the application id, where desktop entries and menus look for it.
set(JOBDECK_ICON_SIZES 16 32 48 64 128 256 512)
set(_jobdeck_icon_files jobdeck.svg)
foreach(_size IN LISTS JOBDECK_ICON_SIZES)
    list(APPEND _jobdeck_icon_files png/jobdeck-${_size}.png)
endforeach()
list(TRANSFORM _jobdeck_icon_files PREPEND ${CMAKE_CURRENT_LIST_DIR}/)

if(TARGET jobdeck_gui)
    # The target form (not a .qrc in the sources) makes an object library, so the resource survives being
    # linked from a static library without a Q_INIT_RESOURCE in main().
    qt_add_resources(jobdeck_gui jobdeck_icons
        PREFIX /jobdeck/icons
        BASE ${CMAKE_CURRENT_LIST_DIR}
        FILES ${_jobdeck_icon_files})
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/jobdeck.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${JOBDECK_APP_ID}.svg)
    foreach(_size IN LISTS JOBDECK_ICON_SIZES)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/png/jobdeck-${_size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
                RENAME ${JOBDECK_APP_ID}.png)
    endforeach()
endif()
