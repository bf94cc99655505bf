// (b) Foundation linked and used once, as every Uptake module does.
import Foundation

print(String(format: "%d", 1), FileManager.default.fileExists(atPath: "/") ? "" : "no root")
