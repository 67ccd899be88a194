using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Tests.Features.TextCenter.Compose;

public sealed class SenderRotationTests
{
    private static readonly BlastSender Chicago1 = new("+13125550141", "IL");
    private static readonly BlastSender Chicago2 = new("+13125550142", "IL");
    private static readonly BlastSender Austin = new("+15125550143", "TX");

    [Fact]
    public void Round_robin_takes_each_sender_in_turn_whatever_the_state()
    {
        var rotation = new SenderRotation([Chicago1, Chicago2, Austin], RotationMode.RoundRobin);

        var picked = new[] { "TX", "TX", "IL", "CA", "TX" }.Select(state => rotation.Pick(state)).ToList();

        Assert.Equal([Chicago1.PhoneNumber, Chicago2.PhoneNumber, Austin.PhoneNumber, Chicago1.PhoneNumber, Chicago2.PhoneNumber], picked);
    }

    [Fact]
    public void Local_presence_picks_a_sender_in_the_recipient_s_state_and_turns_among_them()
    {
        var rotation = new SenderRotation([Chicago1, Chicago2, Austin], RotationMode.LocalPresence);

        Assert.Equal(Austin.PhoneNumber, rotation.Pick("tx"));
        Assert.Equal(Chicago1.PhoneNumber, rotation.Pick("IL"));
        Assert.Equal(Chicago2.PhoneNumber, rotation.Pick("IL"));
        Assert.Equal(Chicago1.PhoneNumber, rotation.Pick("IL"));
        Assert.Equal(Austin.PhoneNumber, rotation.Pick("TX"));
    }

    [Fact]
    public void Local_presence_falls_back_to_turns_for_a_state_without_a_sender_or_an_unknown_one()
    {
        var rotation = new SenderRotation([Chicago1, Austin], RotationMode.LocalPresence);

        Assert.Equal([Chicago1.PhoneNumber, Austin.PhoneNumber, Chicago1.PhoneNumber], new[] { "CA", null, "NY" }.Select(s => rotation.Pick(s)).ToList());
    }

    [Fact]
    public void A_contact_keeps_the_sender_it_was_texted_from_while_that_number_is_among_the_senders()
    {
        var rotation = new SenderRotation([Chicago1, Chicago2, Austin], RotationMode.LocalPresence);

        Assert.Equal(Austin.PhoneNumber, rotation.Pick("IL", stickySender: Austin.PhoneNumber));
        // A sticky number not chosen for this blast (released, paused, left out) gives way to the mode.
        Assert.Equal(Chicago1.PhoneNumber, rotation.Pick("IL", stickySender: "+17735550999"));
    }

    [Fact]
    public void Sticky_picks_do_not_use_up_a_turn()
    {
        var rotation = new SenderRotation([Chicago1, Chicago2], RotationMode.RoundRobin);

        rotation.Pick(null, stickySender: Chicago2.PhoneNumber);

        Assert.Equal(Chicago1.PhoneNumber, rotation.Pick(null));
    }

    [Fact]
    public void A_blast_without_senders_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SenderRotation([], RotationMode.RoundRobin));
        Assert.StartsWith("A blast needs at least one sender number.", error.Message);
    }
}
