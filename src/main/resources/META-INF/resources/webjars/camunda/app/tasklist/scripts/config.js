// Tasklist configuration of this application: it shadows the webjar's config.js.
import { locales } from '../../directive-locale.js';

export default {
  // Vietnamese (locales/vi.json) by default, English with ?lang=en: see directive-locale.js
  locales: locales(),

  // Camunda Forms' date fields as dd/mm/yyyy in every browser, and a pre-filled date on its own day in
  // every time zone: see vietnamese-dates.js
  customScripts: ['scripts/vietnamese-dates.js'],

  // the webjar's keyboard shortcuts, kept (a config.js of our own replaces the default one)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
