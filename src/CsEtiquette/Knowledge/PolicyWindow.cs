namespace CsEtiquette.Knowledge;

/// <summary>Which window of the shop policy a request is checked against (<see cref="PolicyCheck"/>).</summary>
public enum PolicyWindow
{
    /// <summary>无理由退货: <see cref="ShopPolicy.ReturnWindow"/>, a return without a quality problem.</summary>
    ReturnWindow = 0,

    /// <summary>售后期限: <see cref="ShopPolicy.AfterSalesPeriod"/>, a return or exchange for a quality problem.</summary>
    AfterSalesPeriod = 1,

    /// <summary>保修期: <see cref="ShopPolicy.WarrantyPeriod"/>, a free repair.</summary>
    WarrantyPeriod = 2,
}
