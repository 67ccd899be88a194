using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>Submits a page's form the way a browser does: its hidden fields (antiforgery, handler) plus the given values.</summary>
public static class FormPoster
{
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, string formName, IDictionary<string, string> values, string? button = null)
    {
        var page = await client.GetAsync(pageUrl);
        page.EnsureSuccessStatusCode();
        var document = await page.ReadHtmlAsync();
        var form = document.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {pageUrl}");
        return await client.PostFormAsync(form, pageUrl, values);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IElement form, string pageUrl, IDictionary<string, string> values)
    {
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Where(f => !values.ContainsKey(f.Key))
            .Concat(values)
            .ToList();
        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static async Task<HttpClient> SignedInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(await response.ReadHtmlAsync()).VisibleText()}");
        return client;
    }
}
