using System.Threading.Channels;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Imports waiting for the worker; the database row is the truth, this only wakes the worker.</summary>
public sealed class ContactImportQueue
{
    private readonly Channel<Guid> channel = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid importId) => channel.Writer.TryWrite(importId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
