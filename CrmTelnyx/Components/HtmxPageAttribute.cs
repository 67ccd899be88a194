namespace CrmTelnyx.Components;

/// <summary>
/// Marks a page not yet moved onto interactive MudBlazor: it stays static (with [ExcludeFromInteractiveRouting])
/// and App.razor loads Bootstrap, htmx and live.js for it. Goes away with the last such page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HtmxPageAttribute : Attribute;
