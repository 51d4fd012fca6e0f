int low_module_marker() {
    return 0;
}
