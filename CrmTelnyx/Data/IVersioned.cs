namespace CrmTelnyx.Data;

/// <summary>
/// An entity people edit on a page. Its <see cref="Version"/> is a concurrency token (CrmDbContext) that goes up with
/// every saved change (<see cref="VersionBump"/>), so a save from a page loaded at an older version is caught as a
/// conflict instead of silently overwriting what someone else saved meanwhile.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
