// (b') FoundationEssentials only (no FoundationInternationalization, no ICU): what (b) costs beyond it.
import FoundationEssentials

print(Data([49]).count, FileManager.default.fileExists(atPath: "/") ? "" : "no root")
