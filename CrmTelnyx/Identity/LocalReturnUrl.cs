namespace CrmTelnyx.Identity;

/// <summary>Where to go after signing in: only a path on this site, escaped for the Location header.</summary>
public static class LocalReturnUrl
{
    private static readonly Uri ThisSite = new("http://this.site");

    /// <summary>
    /// "/contacts?q=José" arrives unescaped; written raw into Location it made the sign-in answer 500 (and lose its
    /// cookie). Anything not a plain local path — another host, "//host", "/\host", control characters — goes home.
    /// </summary>
    public static string From(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/' || returnUrl.StartsWith("//") || returnUrl.StartsWith("/\\")
            || returnUrl.Any(char.IsControl))
            return "/";
        if (!Uri.TryCreate(ThisSite, returnUrl, out var target) || target.Authority != ThisSite.Authority) return "/";
        return target.PathAndQuery + target.Fragment;
    }
}
