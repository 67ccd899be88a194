using System.Text;
using CrmTelnyx.Features.Billing.Ledger;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// The CSV's type, unit and direction cells for the enum names EF stores in the ledger ("Sms", "Outbound"), as UTF-8,
/// built once from <see cref="LedgerCsvExport.TypeName"/>, <see cref="LedgerCsvExport.Unit"/> and
/// <see cref="LedgerCsvExport.DirectionName"/> so the words are written in one place.
/// </summary>
public static class LedgerTypeNames
{
    private static readonly (byte[] Stored, byte[] Name, byte[] Unit)[] Types = Enum.GetValues<LedgerEntryType>()
        .Select(t => (Utf8(t.ToString()), Utf8(LedgerCsvExport.TypeName(t)), Utf8(LedgerCsvExport.Unit(t)))).ToArray();

    private static readonly (byte[] Stored, byte[] Name)[] Directions = Enum.GetValues<LedgerDirection>()
        .Select(d => (Utf8(d.ToString()), Utf8(LedgerCsvExport.DirectionName(d)))).ToArray();

    public static ReadOnlySpan<byte> Name(ReadOnlySpan<byte> storedType) => Types[IndexOf(storedType)].Name;

    public static ReadOnlySpan<byte> Unit(ReadOnlySpan<byte> storedType) => Types[IndexOf(storedType)].Unit;

    /// <summary>The direction's cell; an empty one for none (a fee), as <see cref="LedgerCsvExport.DirectionName"/> writes null.</summary>
    public static ReadOnlySpan<byte> Direction(ReadOnlySpan<byte> storedDirection)
    {
        foreach (var (stored, name) in Directions)
            if (storedDirection.SequenceEqual(stored)) return name;
        return storedDirection.IsEmpty ? [] : throw Unknown("direction", storedDirection);
    }

    private static int IndexOf(ReadOnlySpan<byte> storedType)
    {
        for (var i = 0; i < Types.Length; i++)
            if (storedType.SequenceEqual(Types[i].Stored)) return i;
        throw Unknown("type", storedType);
    }

    /// <summary>EF would fail to read such a row too: better a failed export than a line with a made-up type.</summary>
    private static InvalidDataException Unknown(string what, ReadOnlySpan<byte> stored) =>
        new($"The ledger holds an unknown entry {what} '{Encoding.UTF8.GetString(stored)}'.");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
