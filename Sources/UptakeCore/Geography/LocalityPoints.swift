/// Where a locality is drawn on a map: one representative point (WGS 84 degrees) and, for a
/// commune, its area.
public struct LocalityPoint: Sendable, Codable, Equatable {
    public var code: String
    public var latitude: Double
    public var longitude: Double
    /// The unit's area in km² (the source gives it for communes only).
    public var areaKm2: Double?

    public init(code: String, latitude: Double, longitude: Double, areaKm2: Double? = nil) {
        (self.code, self.latitude, self.longitude, self.areaKm2) = (code, latitude, longitude, areaKm2)
    }

    enum CodingKeys: String, CodingKey { case code, latitude, longitude, areaKm2 = "area_km2" }
}

/// The points of a set of localities, by code: what a map positions units with.
///
/// The points are reference data, not observations: they are not in the store (whose localities
/// any file may replace) but shipped in the binary as ``vietnam2025``, as the working calendar is,
/// so the analysis and the rendering read no file. A unit without a point is listed, not drawn.
///
/// ```swift
/// LocalityPoints.vietnam2025["01"]?.latitude   // 21.0001 (Hà Nội)
/// ```
public struct LocalityPoints: Sendable, Equatable {
    public let byCode: [String: LocalityPoint]

    public init(_ points: [LocalityPoint]) {
        byCode = Dictionary(points.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(code: String) -> LocalityPoint? { byCode[code] }

    public var count: Int { byCode.count }

    /// Parses `code,level,lat,lon,area_km2` rows (a header first; CRLF or LF; `level` is not kept,
    /// the code's length already says it); a failure names the first line that does not read.
    public static func parse(csv: String) -> Result<LocalityPoints, LineError> {
        var points: [LocalityPoint] = []
        for (i, line) in csv.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).enumerated().dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5, !f[0].isEmpty, let lat = Double(f[2]), let lon = Double(f[3]), (-90...90).contains(lat), (-180...180).contains(lon) else {
                return .failure(LineError(line: i + 1, text: String(line)))
            }
            points.append(LocalityPoint(code: f[0], latitude: lat, longitude: lon, areaKm2: f[4].isEmpty ? nil : Double(f[4])))
        }
        return .success(LocalityPoints(points))
    }

    /// A line of a points file that does not read as `code,level,lat,lon,area_km2`.
    public struct LineError: Error, Equatable {
        public var line: Int
        public var text: String
    }

    /// The 34 provinces and 3,321 communes of 1 July 2025 (datasets/vn-communes-2025-coordinates.csv).
    public static let vietnam2025: LocalityPoints = {
        switch parse(csv: shippedVietnam2025Text) {
        case .success(let points): return points
        case .failure(let e): preconditionFailure("the shipped coordinates do not parse at line \(e.line): \(e.text)")
        }
    }()
}
