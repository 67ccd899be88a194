namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>The 10DLC registration flow: brand → campaign → number assignment, each reviewed later as the registry does.</summary>
public static class TenDlcEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/10dlc/brand", RegisterBrand.HandleAsync);
        api.MapGet("/10dlc/brand/{brandId}", GetBrand.HandleAsync);
        api.MapGet("/10dlc/brand/{brandId}/externalVetting", GetBrand.VettingsAsync);
        api.MapPost("/10dlc/campaignBuilder", CreateCampaign.HandleAsync);
        api.MapGet("/10dlc/campaign/{campaignId}", GetCampaign.HandleAsync);
        api.MapGet("/10dlc/campaign/{campaignId}/mnoMetadata", GetCampaign.MnoMetadataAsync);
        api.MapPost("/10dlc/phone_number_campaigns", AssignNumber.HandleAsync);
        api.MapGet("/10dlc/phone_number_campaigns", NumberAssignments.ListAsync);
        api.MapGet("/messaging_tollfree/verification/requests", TollFreeVerifications.ListAsync);
        api.MapGet("/10dlc/phone_number_campaigns/{phoneNumber}", NumberAssignments.GetAsync);
        api.MapDelete("/10dlc/phone_number_campaigns/{phoneNumber}", NumberAssignments.DeleteAsync);
    }
}
