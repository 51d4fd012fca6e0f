int other_module_marker() {
    return 0;
}
