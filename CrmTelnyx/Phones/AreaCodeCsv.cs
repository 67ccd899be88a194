namespace CrmTelnyx.Phones;

/// <summary>Reads the area_code,region,country,time_zone file; the file is ours, so any bad line is a bug to report, not skip.</summary>
internal static class AreaCodeCsv
{
    private const string Header = "area_code,region,country,time_zone";

    public static IReadOnlyList<AreaCodeInfo> Read(Stream csv)
    {
        using var reader = new StreamReader(csv);
        if (reader.ReadLine()?.Trim() != Header)
            throw new InvalidDataException($"{NanpAreaCodes.ResourceName}: the first line must be '{Header}'.");

        var rows = new List<AreaCodeInfo>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var fields = line.Split(',');
            if (fields.Length != 4 || fields.Any(string.IsNullOrWhiteSpace))
                throw new InvalidDataException(
                    $"{NanpAreaCodes.ResourceName} line {lineNumber}: expected 4 fields ({Header}), got '{line}'.");
            rows.Add(new AreaCodeInfo(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }
        return rows;
    }
}
