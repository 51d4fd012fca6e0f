int high_module_marker() {
    return 0;
}
