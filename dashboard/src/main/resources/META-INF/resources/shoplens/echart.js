/*
 * <shoplens-echart>: an Apache ECharts chart driven from the server. The server sets the `option` property to an
 * ECharts option as JSON text; every new option is merged into the live chart (so zoom and legend state survive
 * the dashboard's periodic refresh). ECharts itself comes from the WebJar, loaded as a separate script.
 */
(function () {
  if (customElements.get('shoplens-echart')) {
    return;
  }

  class ShopLensEChart extends HTMLElement {
    constructor() {
      super();
      this._option = null;
      this._chart = null;
    }

    set option(json) {
      this._option = json;
      this._render();
    }

    get option() {
      return this._option;
    }

    connectedCallback() {
      // Vaadin may set the property before this script has defined the element: take the value over.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const early = this.option;
        delete this.option;
        this.option = early;
      }
      this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizeObserver.observe(this);
      this._render();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _render() {
      if (!this.isConnected || !this._option) {
        return;
      }
      if (!window.echarts) {
        // The two scripts load independently; wait for ECharts rather than depend on their order.
        setTimeout(() => this._render(), 50);
        return;
      }
      if (!this._chart) {
        // The user's language, as the server set it: month and weekday names on time axes come from it.
        this._chart = window.echarts.init(this, null, {locale: this.getAttribute('locale') || 'EN'});
      }
      this._chart.setOption(JSON.parse(this._option));
      this.setAttribute('data-rendered', 'true');
    }
  }

  customElements.define('shoplens-echart', ShopLensEChart);
})();
