namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Proposes a field for each CSV header ("First Name", "first_name", "Mobile" …); the person can change it.</summary>
public static class ColumnMappingDetector
{
    private static readonly Dictionary<string, string> Synonyms = Build(new()
    {
        [ContactField.FirstName] = ["firstname", "first", "fname", "givenname", "forename", "contactfirstname"],
        [ContactField.LastName] = ["lastname", "last", "lname", "surname", "familyname", "contactlastname"],
        [ContactField.FullName] = ["name", "fullname", "contactname", "contact", "customername", "customer"],
        [ContactField.Phone] = ["phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "cellnumber",
            "telephone", "tel", "sms", "smsnumber", "number", "primaryphone", "contactphone", "phoneno", "mobileno"],
        [ContactField.Email] = ["email", "emailaddress", "mail", "contactemail", "primaryemail"],
        [ContactField.Company] = ["company", "companyname", "organization", "organisation", "business", "businessname", "employer", "account"],
        [ContactField.State] = ["state", "province", "stateprovince", "region", "st", "prov"],
        [ContactField.Tags] = ["tags", "tag", "groups", "group", "labels", "label", "lists", "segments"],
        [ContactField.Notes] = ["notes", "note", "comments", "comment", "description"],
        [ContactField.Consent] = ["consent", "smsconsent", "optin", "optedin", "textconsent", "subscribed", "smsoptin"],
    });

    public static List<string> Propose(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<string>();
        var proposal = new List<string>();
        foreach (var header in headers)
        {
            var field = Synonyms.GetValueOrDefault(Key(header), ContactField.Ignore);
            // The first column that matches a field wins; a second "Phone 2" or "Mobile" is left for the person to decide.
            if (field != ContactField.Ignore && !taken.Add(field)) field = ContactField.Ignore;
            proposal.Add(field);
        }
        // A full name is only needed when there are no separate first/last columns.
        if (proposal.Contains(ContactField.FullName) && (proposal.Contains(ContactField.FirstName) || proposal.Contains(ContactField.LastName)))
            proposal[proposal.IndexOf(ContactField.FullName)] = ContactField.Ignore;
        return proposal;
    }

    private static string Key(string header) =>
        new string(header.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static Dictionary<string, string> Build(Dictionary<string, string[]> byField) =>
        byField.SelectMany(f => f.Value.Select(s => (s, f.Key))).ToDictionary(x => x.s, x => x.Key);
}
