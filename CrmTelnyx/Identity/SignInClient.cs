using System.Net;
using System.Net.Sockets;

namespace CrmTelnyx.Identity;

/// <summary>Who is signing in, as far as limits go: the connection's address after trusted forwarded headers.</summary>
public static class SignInClient
{
    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        // One IPv6 subscriber gets a whole /64, so its addresses count as one client.
        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPNetwork(MaskTo64(address), 64).ToString()
            : address.ToString();
    }

    private static IPAddress MaskTo64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
