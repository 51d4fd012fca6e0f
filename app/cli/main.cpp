#include <iostream>
int main() { std::cout << "counselorctl " << COUNSELOR_VERSION << "\n"; }
