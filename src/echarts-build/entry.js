// The dashboard's ECharts: only what wwwroot/js draws, as the global `echarts` the pages use (init,
// getInstanceByDom, registerMap …: everything echarts/core exports). Add a chart or component here before a page
// asks for it: ECharts leaves out an option whose component is not installed, without an error.
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent,
} from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

use([
  // timechart.js (every view's charts) and presentation/chart.js (slides): line, bar and stacked bar series on a
  // category × value grid whose labels are kept inside it (grid.containLabel, legacy since ECharts 6), a legend
  // that pages (type 'scroll'), the axis tooltip, target and annotation mark lines, aria descriptions.
  LineChart, BarChart, GridComponent, LegacyGridContainLabel, LegendComponent, TooltipComponent, MarkLineComponent,
  AriaComponent,
  // (The map view and the map slide draw their regions as SVG of their own: js/maps/region-map.js.)
  CanvasRenderer,
]);

export * from 'echarts/core';
