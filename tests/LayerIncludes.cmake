# Fails, naming file and line, when a layer includes a header it must not know:
#   models/     (the core)       only "models/..." and headers of its own folder;
#   ui/render/  (drawing)        only "models/...", "ui/render/..." and its own folder's headers;
# and no layer climbs out of its folder with "../". The include roots stop most of these at
# compile time; this also catches a relative path, which a compiler resolves against the file.
# Run: cmake -DSOURCE_DIR=<checkout> -P LayerIncludes.cmake
set(layers "models" "ui/render")
set(allowed_models "^(models/[^\"]+|[^/\"]+)$")
set(allowed_ui/render "^(models/[^\"]+|ui/render/[^\"]+|[^/\"]+)$")

set(failures "")
foreach(layer IN LISTS layers)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" header "${line}")
            if(NOT header MATCHES "${allowed_${layer}}" OR header MATCHES "\\.\\.")
                file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
                string(APPEND failures "  ${shown}: #include \"${header}\" (${layer} may not include it)\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "Layer includes broken:\n${failures}")
endif()
message(STATUS "Layer includes: models and ui/render include only what their layer may know")
