using CourtMetrics.CourtSystem;

namespace CourtMetrics.Simulation;

/// <summary>A demo region's names in English, Kazakh and Russian (and the Russian genitive, for its courts' names).</summary>
public sealed record DemoRegionNames(string Code, string En, string Kk, string Ru, string RuOf, long Population, TilePosition Tile)
{
    public bool IsCity => En.EndsWith(" City");
}

/// <summary>
/// The demo country's names in its three languages, after Kazakhstan's regions and courts: "Алматы облыстық соты",
/// "Областной суд Алматинской области", district courts numbered within their region.
/// </summary>
public static class DemoNames
{
    /// <summary>The court system's own name, which the presentation's title slide opens with.</summary>
    public static readonly Dictionary<string, string> System = new()
    {
        ["en"] = "Courts of the Republic of Kazakhstan", ["kk"] = "Қазақстан Республикасының соттары", ["ru"] = "Суды Республики Казахстан",
    };

    // Populations rounded from the 2024 national statistics; the largest first, so a small demo keeps big regions.
    // Tiles: the regions' cells on the tile map, laid out as the country lies — the west in column 0, the east in 7,
    // the north in row 0 (North Kazakhstan) to the southern cities in row 4 (Shymkent, Almaty).
    public static readonly DemoRegionNames[] Regions =
    [
        new("ALA", "Almaty City", "Алматы қаласы", "город Алматы", "города Алматы", 2_230_000, new(5, 4)),
        new("TUR", "Turkistan Region", "Түркістан облысы", "Туркестанская область", "Туркестанской области", 2_110_000, new(3, 3)),
        new("ALM", "Almaty Region", "Алматы облысы", "Алматинская область", "Алматинской области", 1_530_000, new(5, 3)),
        new("AST", "Astana City", "Астана қаласы", "город Астана", "города Астаны", 1_420_000, new(4, 1)),
        new("SHY", "Shymkent City", "Шымкент қаласы", "город Шымкент", "города Шымкента", 1_230_000, new(3, 4)),
        new("ZHA", "Jambyl Region", "Жамбыл облысы", "Жамбылская область", "Жамбылской области", 1_220_000, new(4, 3)),
        new("KAR", "Karaganda Region", "Қарағанды облысы", "Карагандинская область", "Карагандинской области", 1_130_000, new(4, 2)),
        new("AKT", "Aktobe Region", "Ақтөбе облысы", "Актюбинская область", "Актюбинской области", 930_000, new(1, 1)),
        new("KOS", "Kostanay Region", "Қостанай облысы", "Костанайская область", "Костанайской области", 830_000, new(2, 1)),
        new("KZY", "Kyzylorda Region", "Қызылорда облысы", "Кызылординская область", "Кызылординской области", 830_000, new(2, 3)),
        new("AKM", "Akmola Region", "Ақмола облысы", "Акмолинская область", "Акмолинской области", 790_000, new(3, 1)),
        new("MAN", "Mangystau Region", "Маңғыстау облысы", "Мангистауская область", "Мангистауской области", 780_000, new(0, 3)),
        new("PAV", "Pavlodar Region", "Павлодар облысы", "Павлодарская область", "Павлодарской области", 750_000, new(5, 1)),
        new("VOS", "East Kazakhstan Region", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "Восточно-Казахстанской области", 720_000, new(7, 1)),
        new("ATY", "Atyrau Region", "Атырау облысы", "Атырауская область", "Атырауской области", 700_000, new(0, 2)),
        new("ZHE", "Jetisu Region", "Жетісу облысы", "область Жетісу", "области Жетісу", 700_000, new(6, 2)),
        new("ZAP", "West Kazakhstan Region", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "Западно-Казахстанской области", 690_000, new(0, 1)),
        new("ABA", "Abai Region", "Абай облысы", "область Абай", "области Абай", 610_000, new(6, 1)),
        new("SEV", "North Kazakhstan Region", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "Северо-Казахстанской области", 530_000, new(3, 0)),
        new("ULY", "Ulytau Region", "Ұлытау облысы", "область Ұлытау", "области Ұлытау", 220_000, new(3, 2)),
    ];

    public static Dictionary<string, string> Supreme() => Three("Supreme Court", "Жоғарғы Сот", "Верховный Суд");

    public static Dictionary<string, string> RegionalCourt(DemoRegionNames r) => r.IsCity
        ? Three(r.En.Replace(" City", " City Court"), r.Kk.Replace(" қаласы", " қалалық соты"), $"Городской суд {r.RuOf}")
        : Three(r.En.Replace(" Region", " Regional Court"), r.Kk.Replace(" облысы", " облыстық соты"), $"Областной суд {r.RuOf}");

    public static Dictionary<string, string> DistrictCourt(DemoRegionNames r, int number) =>
        Three($"{r.En} District Court No. {number}", $"{r.Kk}ның №{number} аудандық соты", $"Районный суд № {number} {r.RuOf}");

    public static Dictionary<string, string> Region(DemoRegionNames r) => Three(r.En, r.Kk, r.Ru);

    public static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Categories = new Dictionary<string, Dictionary<string, string>>
    {
        ["civil"] = Three("Civil", "Азаматтық", "Гражданские"),
        ["criminal"] = Three("Criminal", "Қылмыстық", "Уголовные"),
        ["administrative"] = Three("Administrative", "Әкімшілік", "Административные"),
        ["family"] = Three("Family", "Отбасылық", "Семейные"),
        ["commercial"] = Three("Commercial", "Коммерциялық", "Коммерческие"),
        ["labour"] = Three("Labour", "Еңбек", "Трудовые"),
    };

    public static readonly (string Code, Dictionary<string, string> Names)[] Levels =
    [
        ("supreme", Three("Supreme court", "Жоғарғы сот", "Верховный суд")),
        ("regional", Three("Regional court", "Облыстық сот", "Областной суд")),
        ("district", Three("District court", "Аудандық сот", "Районный суд")),
    ];

    private static Dictionary<string, string> Three(string en, string kk, string ru) => new() { ["en"] = en, ["kk"] = kk, ["ru"] = ru };
}
