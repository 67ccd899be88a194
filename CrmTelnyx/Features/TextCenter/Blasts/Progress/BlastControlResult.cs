namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <param name="Done">The blast is now in the state asked for.</param>
/// <param name="Message">What happened, in words for the person who asked.</param>
public sealed record BlastControlResult(bool Done, string Message);
