namespace CrmTelnyx.Identity;

/// <summary>
/// The four roles and, for each part of the app, who may use it. Pages and endpoints name one of the
/// combinations below so the navigation and the checks cannot disagree. Admin may do everything.
/// </summary>
public static class AppRoles
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string Staff = "Staff";
    public const string Agent = "Agent";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Staff, Agent];

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Admin] = "Everything, including users, numbers and settings",
        [Manager] = "Billing, exports, text blasts and reports",
        [Staff] = "Contacts, text blasts and conversations",
        [Agent] = "Calls and conversations",
    };

    public const string Everyone = Admin + "," + Manager + "," + Staff + "," + Agent;
    public const string TextCenter = Admin + "," + Manager + "," + Staff + "," + Agent;
    /// <summary>Texting any number typed in by hand (the Text Center's single-text form); Agents text only in conversations.</summary>
    public const string TextAnyNumber = Admin + "," + Manager + "," + Staff;
    /// <summary>Text blasts go to many contacts at once: the roles that may see contacts and text any number.</summary>
    public const string Blasts = Admin + "," + Manager + "," + Staff;
    public const string Contacts = Admin + "," + Manager + "," + Staff;
    public const string Calls = Admin + "," + Manager + "," + Agent;
    public const string Billing = Admin + "," + Manager;
    /// <summary>Taking data out of the app in bulk (contact and billing exports).</summary>
    public const string Exports = Admin + "," + Manager;
    public const string Numbers = Admin;
    public const string AdminOnly = Admin;
}
