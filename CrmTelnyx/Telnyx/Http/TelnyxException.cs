namespace CrmTelnyx.Telnyx;

/// <summary>Any failure talking to Telnyx; <see cref="UserMessage"/> is a sentence the UI can show as is.</summary>
public abstract class TelnyxException(string userMessage, Exception? inner = null) : Exception(userMessage, inner)
{
    public string UserMessage => Message;
}
