using System.Reflection;
using System.Text.RegularExpressions;
using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>
/// The sandbox is a Telnyx simulator that happens to live in this app: it uses nothing of the product, which reaches it
/// only through the composition (Hosting/SandboxWiring gives it an <see cref="ISandboxHost"/>).
/// </summary>
public partial class SandboxIndependenceTests
{
    [Fact]
    public void The_sandboxs_source_names_no_namespace_of_the_product()
    {
        var folder = Path.Combine(RepositoryRoot(), "CrmTelnyx", "Sandbox");
        var offending = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(folder, f), Line: i + 1, Text: line)))
            .Where(l => ProductNamespace().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "The sandbox reaches into the product:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void No_sandbox_type_takes_or_holds_a_type_of_the_product()
    {
        var sandboxTypes = typeof(ISandboxHost).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("CrmTelnyx.Sandbox", StringComparison.Ordinal) == true);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offending =
            from type in sandboxTypes
            from used in type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(type.GetFields(all).Select(f => f.FieldType))
                .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            from named in Flatten(used)
            where IsProduct(named)
            select $"{type.FullName} uses {named.FullName}";

        var found = offending.Distinct().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>A type of the app outside the sandbox; the compiler's anonymous types (namespace-less, named "&lt;&gt;…") are nobody's.</summary>
    private static bool IsProduct(Type type) =>
        type.Assembly == typeof(ISandboxHost).Assembly && !type.Name.StartsWith('<')
        && type.Namespace?.StartsWith("CrmTelnyx.Sandbox", StringComparison.Ordinal) != true;

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType) return Flatten(type.GetElementType()!);
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().SelectMany(Flatten).Prepend(type.GetGenericTypeDefinition());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrmTelnyx.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with CrmTelnyx.sln) is not above the test binaries.");
    }

    /// <summary>A CrmTelnyx namespace other than the sandbox's own, in a using directive or a qualified name.</summary>
    [GeneratedRegex(@"\bCrmTelnyx\.(?!Sandbox\b)[A-Z]")]
    private static partial Regex ProductNamespace();
}
