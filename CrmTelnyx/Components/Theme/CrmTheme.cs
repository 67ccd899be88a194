using MudBlazor;

namespace CrmTelnyx.Components.Theme;

/// <summary>The app's one theme, light and dark. Fonts are the system stack: no CDN, nothing to download.</summary>
public static class CrmTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6bcb",
            Secondary = "#5b6b7f",
            Tertiary = "#00a37a",
            AppbarBackground = "#ffffff",
            AppbarText = "#1d2733",
            Background = "#f6f8fb",
            DrawerBackground = "#ffffff",
            TextSecondary = "#5b6b7f",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5aa9ff",
            Secondary = "#9fb0c3",
            Tertiary = "#3ccf9f",
            AppbarBackground = "#1b2129",
            Background = "#12161c",
            Surface = "#1b2129",
            DrawerBackground = "#1b2129",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            Button = new ButtonTypography { FontFamily = SystemFonts, TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
